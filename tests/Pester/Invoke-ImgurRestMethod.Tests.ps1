BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Invoke-ImgurRestMethod' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'GETs a gallery page as PowerShell objects with the wire''s field names' {
        $items = Invoke-ImgurRestMethod -Path gallery/hot/viral/day/0

        $items.Count | Should -BeGreaterThan 10
        $items[0] | Should -BeOfType System.Management.Automation.PSCustomObject
        $items.id | Should -Not -Contain $null
        $items.is_album | Should -Contain $true
        $items[0].datetime | Should -BeOfType long
        (Get-EmulatorRequest).path | Should -Be '/3/gallery/hot/viral/day/0.json'
        ($items | ConvertTo-Json -Depth 5) | Should -Not -Match 'ValueKind'
    }

    It 'takes a leading /3/ and an extension, and sends -Query' {
        $null = Invoke-ImgurRestMethod -Path /3/gallery/top/top/week/1.json -Query @{ mature = $true; album_previews = 'false' }

        $request = Get-EmulatorRequest
        $request.path | Should -Be '/3/gallery/top/top/week/1.json'
        $request.query | Should -Match 'mature=true'
        $request.query | Should -Match 'album_previews=false'
    }

    It 'POSTs a form body with the session''s credentials' {
        $image = Send-ImgurImage -Path (Get-SamplePath -Count 1)
        Clear-EmulatorRequest

        $answer = Invoke-ImgurRestMethod -Method POST -Path "image/$($image.DeleteHash)" -Body @{ title = 'Raw title' }

        $answer | Should -BeTrue
        $request = Get-EmulatorRequest
        $request.method | Should -Be 'POST'
        $request.auth | Should -Be 'client'
        (Get-ImgurImage $image.ImageId).Title | Should -Be 'Raw title'
    }

    It 'sends nothing but GET with -WhatIf' {
        Invoke-ImgurRestMethod -Method DELETE -Path image/SomeDeletehash -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'turns an Imgur error into an ErrorRecord' {
        Invoke-ImgurRestMethod -Path image/NoSuchImg -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty

        $failure[0].FullyQualifiedErrorId | Should -BeLike 'ImgurNotFound,*'
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'image/NoSuchImg'
    }

    It 'reads the XML form into the same shape, with text values' {
        $json = Invoke-ImgurRestMethod -Path credits
        $xml = Invoke-ImgurRestMethod -Path credits -Format Xml

        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/credits.xml'
        $xml.PSObject.Properties.Name | Should -Be $json.PSObject.Properties.Name
        "$($xml.ClientLimit)" | Should -Be "$($json.ClientLimit)"
    }

    It 'returns the JSONP text with -Callback, and reports an error inside it as an error' {
        $script = Invoke-ImgurRestMethod credits -Callback showCredits

        $script | Should -BeOfType [string]
        $script | Should -Match '^showCredits\(\{"data":\{"UserLimit":\d+.*\}\);?$'
        (Get-EmulatorRequest).query | Should -Be 'callback=showCredits'
        $null = Invoke-ImgurRestMethod image/NoSuchImage -Callback show -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses a -Callback that is not a function name, or with -Format Xml' {
        { Invoke-ImgurRestMethod credits -Callback 'alert(1)//' } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { Invoke-ImgurRestMethod credits -Callback show -Format Xml } | Should -Throw -ErrorId 'ImgurJsonpNeedsJson*'
    }

    It 'is answered with JSONP by the emulator when a POST names the callback in its body' {
        $answer = Invoke-WebRequest -Method Post -Uri "$(Get-EmulatorUri)3/album.json" -Headers @{ Authorization = "Client-ID $((Get-EmulatorCredential).clientId)" } -Body @{ title = 'JSONP'; callback = 'made' }
        $answer.Content | Should -Match '^made\(\{"data":\{"id":'
    }

    It 'refuses a path that names nothing' {
        Invoke-ImgurRestMethod -Path '/3/' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
