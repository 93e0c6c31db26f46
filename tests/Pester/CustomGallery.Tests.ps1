# The signed-in user's custom and filtered galleries, their tags, and blocked tags (CG-01..CG-07).
BeforeDiscovery {
    $bearerOnly = @(
        @{ Line = { Get-ImgurCustomGallery -ErrorAction Stop } }
        @{ Line = { Get-ImgurCustomGallery -ItemId abc1234 -ErrorAction Stop } }
        @{ Line = { Get-ImgurFilteredGallery -ErrorAction Stop } }
        @{ Line = { Add-ImgurCustomGalleryTag cats -ErrorAction Stop } }
        @{ Line = { Remove-ImgurCustomGalleryTag cats -Force -ErrorAction Stop } }
        @{ Line = { Block-ImgurTag cats -ErrorAction Stop } }
        @{ Line = { Unblock-ImgurTag cats -ErrorAction Stop } }
    )
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    # Items nested in a topic, tag or custom gallery carry the rate limits of their own response too.
    filter ConvertTo-ComparableDeep { ($_ | ConvertTo-Comparable) -replace '"RateLimit":\{[^{}]*\}', '"RateLimit":null' }
}

Describe 'The custom gallery cmdlets' {
    BeforeEach {
        Reset-Emulator
        Clear-EmulatorRequest
    }

    It '<Line> needs a signed-in user and says so before sending' -ForEach $bearerOnly {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        $Line | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Where-Object path -Like '/3/g/*' | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest

        'cats', 'dogs' | Add-ImgurCustomGalleryTag -WhatIf
        Remove-ImgurCustomGalleryTag cats -WhatIf
        [pscustomobject]@{ TagName = 'spoilers' } | Block-ImgurTag -WhatIf
        Unblock-ImgurTag spoilers -WhatIf

        Get-EmulatorRequest | Where-Object path -Like '/3/g/*' | Should -BeNullOrEmpty
    }

    It 'removes tags at ConfirmImpact High, with -Force' {
        $command = Get-Command Remove-ImgurCustomGalleryTag
        $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        $command.Parameters.Keys | Should -Contain 'Force'
    }

    Context 'against CG-01..CG-07 (/3/g/custom, /3/g/filtered, /3/g/block_tag, /3/g/unblock_tag)' {
        BeforeEach {
            $null = Connect-TestImgur -AsUser
            Clear-EmulatorRequest
        }

        It 'adds piped tags in one request, and the custom gallery then shows items with them' {
            'cats', 'dogs' | Add-ImgurCustomGalleryTag
            $request = Get-EmulatorRequest | Where-Object path -Like '/3/g/*'
            $request | Should -HaveCount 1
            $request.method | Should -Be 'PUT'
            $request.path | Should -Be '/3/g/custom/add_tags.json'

            $gallery = Get-ImgurCustomGallery -IncludeGallery
            $gallery | Should -BeOfType ImgurPS.Models.ImgurCustomGallery
            $gallery.Tags | Should -Contain 'cats'
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/g/custom/viral/week/0.json'

            $items = Get-ImgurCustomGallery
            $items.Id | Should -Be $gallery.Items.Id
            ($items[0] | Get-ImgurCustomGallery).Id | Should -Be $items[0].Id
        }

        It 'streams -All: Select-Object -First 3 makes one request' {
            Add-ImgurCustomGalleryTag cats
            Clear-EmulatorRequest
            $null = Get-ImgurCustomGallery -All | Select-Object -First 3
            @(Get-EmulatorRequest | Where-Object path -Like '/3/g/custom/*') | Should -HaveCount 1
        }

        It 'removes tags with a DELETE carrying them in the query' {
            Add-ImgurCustomGalleryTag cats, dogs
            Clear-EmulatorRequest
            Remove-ImgurCustomGalleryTag cats, dogs -Force
            $request = Get-EmulatorRequest | Where-Object method -EQ DELETE
            $request.method | Should -Be 'DELETE'
            $request.query | Should -Match 'tags=cats(%2C|,)dogs'
            (Get-ImgurCustomGallery -IncludeGallery).Tags | Should -Not -Contain 'cats'
        }

        It 'blocks and unblocks a tag, which moves its items to the filtered gallery and back' {
            $tag = (Get-ImgurGallery | Where-Object Tags | Select-Object -First 1).Tags[0].Name
            Block-ImgurTag $tag
            (Get-ImgurFilteredGallery -IncludeGallery).Tags | Should -Contain $tag
            Unblock-ImgurTag $tag
            (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be @('/3/g/block_tag.json', '/3/g/unblock_tag.json')
        }

        It 'with -PassThru writes the custom gallery after adding or removing tags, and the filtered gallery after blocking' {
            'cats', 'dogs' | Add-ImgurCustomGalleryTag | Should -BeNullOrEmpty
            $added = Add-ImgurCustomGalleryTag history -PassThru
            $removed = Remove-ImgurCustomGalleryTag cats -Force -PassThru
            $tag = (Get-ImgurGallery | Where-Object Tags | Select-Object -First 1).Tags[0].Name
            $blocked = Block-ImgurTag $tag -PassThru
            $unblocked = Unblock-ImgurTag $tag -PassThru

            $added | Should -BeOfType ImgurPS.Models.ImgurCustomGallery
            $added.Tags | Should -Contain 'history'
            $added.Tags | Should -Contain 'cats'
            $removed.Tags | Should -Not -Contain 'cats'
            $blocked.Tags | Should -Contain $tag
            $unblocked.Tags | Should -Not -Contain $tag
        }

        It 'gives the same objects in the XML form' {
            Add-ImgurCustomGalleryTag cats
            (Get-ImgurCustomGallery -Format Xml -IncludeGallery | ConvertTo-ComparableDeep) | Should -Be (Get-ImgurCustomGallery -IncludeGallery | ConvertTo-ComparableDeep)
        }

        It 'writes a not-found error for an unknown item' {
            { Get-ImgurCustomGallery -ItemId NoSuch1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }
}
