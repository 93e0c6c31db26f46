BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Send-Sample { Send-ImgurImage -Path (Get-SamplePath -Count 1) -Title 'Sample' }
}

Describe 'Get-ImgurImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'gets an image by id, and the images piped to it by ImageId' {
        $uploaded = Get-SamplePath -Count 2 | Send-ImgurImage
        Clear-EmulatorRequest

        $one = Get-ImgurImage -ImageId $uploaded[0].ImageId
        $piped = $uploaded | Get-ImgurImage

        $one | Should -BeOfType ImgurPS.Models.ImgurImage
        $one.Id | Should -Be $uploaded[0].Id
        $one.Type | Should -Be 'image/png'
        $piped.Id | Should -Be $uploaded.Id
        (Get-EmulatorRequest).path | Should -Be ($uploaded[0], $uploaded[0], $uploaded[1] | ForEach-Object { "/3/image/$($_.Id).json" })
    }

    It 'shows the deletehash to the owner' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Send-Sample

        (Get-ImgurImage $uploaded.ImageId).DeleteHash | Should -Be $uploaded.DeleteHash
    }

    It 'gives the same object in the XML form' {
        $uploaded = Send-Sample
        $json = Get-ImgurImage $uploaded.ImageId -Format Json
        $xml = Get-ImgurImage $uploaded.ImageId -Format Xml

        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/image/$($uploaded.Id).xml"
    }

    It 'reports an unknown id as ObjectNotFound and goes on with the next' {
        $uploaded = Send-Sample

        $found = Get-ImgurImage -ImageId 'NoSuchImg', $uploaded.ImageId -ErrorAction SilentlyContinue -ErrorVariable failure

        $found.Id | Should -Be $uploaded.Id
        $failure | Should -HaveCount 1
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurNotFound,*'
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchImg'
    }
}

Describe 'Set-ImgurImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'edits an anonymous image through its deletehash' {
        $uploaded = Send-Sample
        Clear-EmulatorRequest

        $uploaded | Set-ImgurImage -Title 'New title' -Description 'New description'

        $request = Get-EmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be "/3/image/$($uploaded.DeleteHash).json"
        $image = Get-ImgurImage $uploaded.ImageId
        $image.Title | Should -Be 'New title'
        $image.Description | Should -Be 'New description'
    }

    It 'takes what Get-ImgurImage pipes to it, by id for the signed-in owner' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Send-Sample
        Clear-EmulatorRequest

        Get-ImgurImage $uploaded.ImageId | Set-ImgurImage -Title 'Renamed'

        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/image/$($uploaded.Id).json"
        (Get-ImgurImage $uploaded.ImageId).Title | Should -Be 'Renamed'
        (Get-ImgurImage $uploaded.ImageId).Description | Should -Be $uploaded.Description
    }

    It 'changes several images given by id, as Get-ImgurImage takes them, and passes each on' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Get-SamplePath -Count 2 | Send-ImgurImage
        Clear-EmulatorRequest

        $changed = Set-ImgurImage -ImageId $uploaded.ImageId -Title 'Same title' -PassThru

        (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be ($uploaded | ForEach-Object { "/3/image/$($_.Id).json" })
        $changed.Id | Should -Be $uploaded.Id
        $changed.Title | Should -Be 'Same title', 'Same title'
    }

    It 'refuses one -DeleteHash with several ids, before sending' {
        Clear-EmulatorRequest
        Set-ImgurImage -ImageId 'AbC1234', 'DeF5678' -DeleteHash 'xyz' -Title 'x' -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurDeleteHashWithManyIds,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        $uploaded = Send-Sample
        Clear-EmulatorRequest

        $uploaded | Set-ImgurImage -Title 'Not sent' -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'takes title and description from each piped record, as Import-Csv gives them' {
        $uploaded = Get-SamplePath -Count 2 | Send-ImgurImage
        $records = $uploaded | ForEach-Object { [pscustomobject]@{ DeleteHash = $_.DeleteHash; Title = "Title $($_.Id)"; Description = "About $($_.Id)" } }
        $csv = Join-Path $TestDrive 'titles.csv'
        $records | Export-Csv -LiteralPath $csv -NoTypeInformation

        Import-Csv -LiteralPath $csv | Set-ImgurImage

        foreach ($image in $uploaded) {
            $now = Get-ImgurImage $image.ImageId
            $now.Title | Should -Be "Title $($image.Id)"
            $now.Description | Should -Be "About $($image.Id)"
        }
    }

    It 'writes nothing by default, and with -PassThru the image as Imgur now has it, keeping the deletehash of an anonymous one' {
        $uploaded = Send-Sample

        $uploaded | Set-ImgurImage -Title 'Quiet' | Should -BeNullOrEmpty
        Clear-EmulatorRequest
        $passed = $uploaded | Set-ImgurImage -Description 'Loud' -PassThru

        $passed | Should -BeOfType ImgurPS.Models.ImgurImage
        $passed.Id | Should -Be $uploaded.Id
        $passed.Title | Should -Be 'Sample'
        $passed.Description | Should -Be 'Loud'
        # Imgur shows the deletehash only to a signed-in owner; the one used is kept so the next command can use it.
        $passed.DeleteHash | Should -Be $uploaded.DeleteHash
        (Get-EmulatorRequest).path | Should -Be "/3/image/$($uploaded.DeleteHash).json", "/3/image/$($uploaded.Id).json"
    }

    It 'with -PassThru writes the signed-in owner''s image' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Send-Sample

        $passed = Set-ImgurImage -ImageId $uploaded.ImageId -Title 'Owned' -PassThru

        $passed.Title | Should -Be 'Owned'
        $passed.AccountUrl | Should -Not -BeNullOrEmpty
    }

    It 'with -PassThru and only a deletehash changes the image and says why it cannot write it' {
        $uploaded = Send-Sample

        $passed = Set-ImgurImage -DeleteHash $uploaded.DeleteHash -Title 'Changed' -PassThru -ErrorAction SilentlyContinue -ErrorVariable failure

        $passed | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurPassThruNeedsId,*'
        (Get-ImgurImage $uploaded.ImageId).Title | Should -Be 'Changed'
    }

    It 'refuses to run with nothing to change, before sending' {
        Clear-EmulatorRequest
        { Set-ImgurImage -ImageId 'AbC1234' -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNothingToChange*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'is refused by id for an anonymous image, which only its deletehash can change (Q31)' {
        $uploaded = Send-Sample

        Set-ImgurImage -ImageId $uploaded.ImageId -Title 'By id' -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurForbidden,*'
        $failure[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        (Get-ImgurImage $uploaded.ImageId).Title | Should -Be 'Sample'
    }

    It 'reports an unknown deletehash as ObjectNotFound' {
        Set-ImgurImage -DeleteHash 'NoSuchDeletehash' -Title 't' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'NoSuchDeletehash'
    }
}

Describe 'Remove-ImgurImage' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
    }

    It 'deletes anonymous uploads piped to it, by deletehash' {
        $uploaded = Get-SamplePath -Count 2 | Send-ImgurImage
        Clear-EmulatorRequest

        $uploaded | Remove-ImgurImage -Force

        $requests = Get-EmulatorRequest
        $requests.method | Should -Be @('DELETE', 'DELETE')
        $requests.path | Should -Be ($uploaded | ForEach-Object { "/3/image/$($_.DeleteHash).json" })
        Get-ImgurImage $uploaded[0].ImageId -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'deletes the owner''s image by id' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Send-Sample
        Clear-EmulatorRequest

        Remove-ImgurImage -ImageId $uploaded.ImageId -Confirm:$false

        (Get-EmulatorRequest).path | Should -Be "/3/image/$($uploaded.Id).json"
    }

    It 'deletes several images given by id, asking about each one' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Get-SamplePath -Count 2 | Send-ImgurImage
        Clear-EmulatorRequest

        Remove-ImgurImage -ImageId $uploaded.ImageId -Confirm:$false

        (Get-EmulatorRequest).path | Should -Be ($uploaded | ForEach-Object { "/3/image/$($_.Id).json" })

        # -WhatIf reaches the host, so a fresh process shows what each ShouldProcess call said.
        $again = Get-SamplePath -Count 2 | Send-ImgurImage
        $pwsh, $prefix = if (Test-Path "$PSHOME/pwsh") { "$PSHOME/pwsh", @() } else { 'dotnet', @("$PSHOME/pwsh.dll") }
        $script = "Import-Module '$(Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')'; Import-Module '$(Join-Path $PSScriptRoot 'TestHelpers.psm1')'; `$null = Connect-TestImgur -AsUser; Remove-ImgurImage -ImageId $($again.ImageId -join ',') -WhatIf"
        Clear-EmulatorRequest
        $said = & $pwsh @prefix -NoProfile -NonInteractive -Command $script 2>&1 | ForEach-Object { "$_" } | Where-Object { $_ -like 'What if:*' }

        $said | Should -HaveCount 2
        $said[0] | Should -BeLike "*image $($again[0].Id)*"
        $said[1] | Should -BeLike "*image $($again[1].Id)*"
        Get-EmulatorRequest | Where-Object method -EQ 'DELETE' | Should -BeNullOrEmpty
    }

    It 'refuses one -DeleteHash with several ids, before sending' {
        Clear-EmulatorRequest
        Remove-ImgurImage -ImageId 'AbC1234', 'DeF5678' -DeleteHash 'xyz' -Force -ErrorAction SilentlyContinue -ErrorVariable failure

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurDeleteHashWithManyIds,*'
        $failure[0].TargetObject | Should -Be 'xyz'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        $uploaded = Send-Sample
        Clear-EmulatorRequest

        $uploaded | Remove-ImgurImage -Force -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'is a high-impact delete' {
        (Get-Command Remove-ImgurImage).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact |
            Should -Be 'High'
    }

    It 'says what to give when neither an id nor a deletehash came' {
        Clear-EmulatorRequest
        Remove-ImgurImage -Force -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurAddressMissing,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user for the account route, before sending' {
        Clear-EmulatorRequest
        { Remove-ImgurImage -Username me -DeleteHash 'x' -Force -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'deletes through the account route by deletehash' {
        $null = Connect-TestImgur -AsUser
        $uploaded = Send-Sample
        Clear-EmulatorRequest

        Remove-ImgurImage -Username me -DeleteHash $uploaded.DeleteHash -Force

        (Get-EmulatorRequest).path | Should -Be "/3/account/me/image/$($uploaded.DeleteHash).json"
        Get-ImgurImage $uploaded.ImageId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'deletes what Get-ImgurAccountImage pipes to it' {
        $null = Connect-TestImgur -AsUser
        $before = @(Get-ImgurAccountImage -All)
        $before.Count | Should -BeGreaterThan 1

        Get-ImgurAccountImage | Select-Object -First 1 | Remove-ImgurImage -Force

        $after = @(Get-ImgurAccountImage -All)
        $after.Count | Should -Be ($before.Count - 1)
        $after.Id | Should -Not -Contain $before[0].Id
    }
}
