BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Add-ImgurFollowedTag and Remove-ImgurFollowedTag' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $tagObject = (Get-ImgurGallery | Where-Object { $_.Tags } | Select-Object -First 1).Tags[0]
        $tag = $tagObject.Name
        Clear-EmulatorRequest
    }

    It 'follows and unfollows a tag by name, piped as tag objects' {
        $tagObject | Add-ImgurFollowedTag -Confirm:$false
        Remove-ImgurFollowedTag -TagName $tag -Confirm:$false

        $requests = Get-EmulatorRequest
        $requests.method | Should -Be @('POST', 'DELETE')
        $requests.path | Sort-Object -Unique | Should -Be "/3/account/me/follow/tag/$tag.json"
    }

    It 'with -PassThru writes the tag as Imgur has it after following and unfollowing' {
        $followed = $tagObject | Add-ImgurFollowedTag -Confirm:$false -PassThru
        $dropped = Remove-ImgurFollowedTag -TagName $tag -Confirm:$false -PassThru

        $followed | Should -BeOfType ImgurPS.Models.ImgurTag
        $followed.Name | Should -Be $tag
        $followed.Following | Should -BeTrue
        $dropped.Following | Should -BeFalse
    }

    It 'writes nothing without -PassThru' {
        Add-ImgurFollowedTag -TagName $tag -Confirm:$false | Should -BeNullOrEmpty
    }

    It 'reports unfollowing a tag not followed as an error' {
        Remove-ImgurFollowedTag -TagName $tag -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure | Should -HaveCount 1
        $failure[0].TargetObject | Should -Be $tag
    }

    It 'reports a tag that does not exist as ObjectNotFound' {
        Add-ImgurFollowedTag -TagName 'no-such-tag-anywhere' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'sends nothing with -WhatIf' {
        Add-ImgurFollowedTag -TagName cats -WhatIf
        Remove-ImgurFollowedTag -TagName cats -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Add-ImgurFollowedTag -TagName cats -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
